/**
 * One call sequence: DetectSquares(), then size calls to add and count. Points are drawn from a small
 * lattice so that squares (and repeated points) are common; shapes change the lattice or the mix.
 */
function generate(size, rng, shape) {
  const calls = Math.max(1, size);
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const range = (from, to) => {
    const list = [];
    for (let v = from; v <= to; v++) list.push(v);
    return list;
  };
  let xs;
  let ys;
  let addShare = 0.6;
  let countAtStored = 0.3;
  switch (shape) {
    case undefined:
      // A lattice that grows with size: about 4 points per lattice site at any size.
      xs = range(0, Math.max(2, Math.round(Math.sqrt(calls / 4))));
      ys = xs;
      if (calls > 3000) addShare = 0.5;
      break;
    // A 3 x 3 grid: many repeated points and overlapping squares.
    case 'tiny grid':
      xs = ys = [0, 1, 2];
      break;
    // Coordinates at the ends of the range: 0, 1, 999 and 1000 (x * 1000 + y keys collide there).
    case 'range ends':
      xs = ys = [0, 1, 999, 1000];
      break;
    // Every point in two columns, so counts see long columns and squares of many sizes.
    case 'two columns':
      xs = [3, 7];
      ys = range(0, 8);
      break;
    // Counts mostly at points already added: a zero-area square must not be counted.
    case 'count at stored points':
      xs = ys = [5, 6, 8];
      countAtStored = 0.9;
      break;
    // Points scattered over the whole range, so few squares close.
    case 'scattered':
      xs = ys = [0, 250, 500, 750, 1000, 10, 260, 510];
      addShare = 0.7;
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  const operations = ['DetectSquares'];
  const args = [[]];
  const added = [];
  for (let i = 0; i < calls; i++) {
    if (rng() < addShare || added.length === 0 && i < calls - 1) {
      const point = [pick(xs), pick(ys)];
      operations.push('add');
      args.push([point]);
      added.push(point);
    } else {
      const point = added.length && rng() < countAtStored ? pick(added).slice() : [pick(xs), pick(ys)];
      operations.push('count');
      args.push([point]);
    }
  }
  return [operations, args];
}
