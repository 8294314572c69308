function alienOrder(words: string[]): string {

}
