class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        pass
