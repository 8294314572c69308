class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        pass
