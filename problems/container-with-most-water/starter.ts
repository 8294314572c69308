function maxArea(height: number[]): number {

}
