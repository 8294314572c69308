class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        pass
