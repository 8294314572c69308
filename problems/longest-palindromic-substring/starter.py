class Solution:
    def longestPalindrome(self, s: str) -> str:
        pass
