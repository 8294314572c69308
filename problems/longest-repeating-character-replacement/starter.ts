function characterReplacement(s: string, k: number): number {

}
