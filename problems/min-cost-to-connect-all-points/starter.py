class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        pass
