function groupAnagrams(strs: string[]): string[][] {

}
