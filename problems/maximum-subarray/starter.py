class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        pass
