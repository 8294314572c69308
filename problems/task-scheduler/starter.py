class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        pass
