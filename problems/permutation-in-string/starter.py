class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        pass
