class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        pass
