function numDistinct(s: string, t: string): number {

}
