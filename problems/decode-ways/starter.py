class Solution:
    def numDecodings(self, s: str) -> int:
        pass
