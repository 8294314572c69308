function minInterval(intervals: number[][], queries: number[]): number[] {

}
