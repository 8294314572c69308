class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        pass
