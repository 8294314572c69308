class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        pass
