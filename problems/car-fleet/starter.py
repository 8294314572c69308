class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        pass
