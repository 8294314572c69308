class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        pass
