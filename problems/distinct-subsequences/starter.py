class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        pass
