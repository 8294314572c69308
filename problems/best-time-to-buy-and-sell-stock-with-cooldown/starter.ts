function maxProfit(prices: number[]): number {

}
