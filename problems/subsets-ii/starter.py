class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        pass
