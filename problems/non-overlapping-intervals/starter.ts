function eraseOverlapIntervals(intervals: number[][]): number {

}
