function countSubstrings(s: string): number {

}
