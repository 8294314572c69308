function mergeTriplets(triplets: number[][], target: number[]): boolean {

}
