class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        pass
