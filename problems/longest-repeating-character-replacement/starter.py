class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        pass
