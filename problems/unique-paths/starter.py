class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        pass
