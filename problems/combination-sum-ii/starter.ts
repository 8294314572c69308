function combinationSum2(candidates: number[], target: number): number[][] {

}
