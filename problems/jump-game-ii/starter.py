class Solution:
    def jump(self, nums: List[int]) -> int:
        pass
