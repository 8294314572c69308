class Solution:
    def checkValidString(self, s: str) -> bool:
        pass
