class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        pass
