class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        pass
