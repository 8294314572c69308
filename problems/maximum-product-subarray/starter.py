class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        pass
