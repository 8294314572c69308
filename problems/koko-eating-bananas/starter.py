class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        pass
