var findMedianSortedArrays = function (nums1, nums2) {
  const all = nums1.concat(nums2).sort();
  const mid = Math.floor(all.length / 2);
  if (all.length % 2 === 1) return all[mid];
  return (all[mid - 1] + all[mid]) / 2;
};
