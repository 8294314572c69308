class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        pass
