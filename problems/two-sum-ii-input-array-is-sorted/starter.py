class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        pass
