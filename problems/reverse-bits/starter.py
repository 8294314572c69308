class Solution:
    def reverseBits(self, n: int) -> int:
        pass
