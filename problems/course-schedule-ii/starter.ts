function findOrder(numCourses: number, prerequisites: number[][]): number[] {

}
