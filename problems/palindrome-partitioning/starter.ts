function partition(s: string): string[][] {

}
