class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        pass
