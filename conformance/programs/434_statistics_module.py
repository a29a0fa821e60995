# Covers: statistics mean (int/float/bool, exact rational sums), fmean, geometric/harmonic mean,
# median/median_low/median_high/median_grouped, mode/multimode, quantiles, variance/pvariance/
# stdev/pstdev (exact), covariance, correlation, linear_regression, StatisticsError messages.
import statistics as st
data = [2.5, 3.25, 5.5, 1.75, 3.5, 4.0]
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean(data), st.mean([1.1, 2.2, 3.3]))
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median_low([4, 1, 3, 2]), st.median_high([4, 1, 3, 2]))
print(st.mode([1, 2, 2, 3]), st.mode('aabbbc'), st.multimode('aabbcc'))
print(st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]))
print(st.fmean([1, 2, 3]), st.geometric_mean([1, 2, 4]), st.harmonic_mean([1, 2, 4]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.median_grouped([1, 2, 2, 3, 4]))
for f in ['st.mean([])', 'st.variance([1])', 'st.mode([])', 'st.stdev([])', 'st.median([])']:
    try: eval(f)
    except st.StatisticsError as e: print(type(e).__name__, e)
print(st.correlation([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [2, 4, 7]), st.linear_regression([1, 2, 3], [2, 4, 7]))
print(st.mean([True, False, True]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
temps = [21.5, 23.1, 19.8, 22.4, 25.0, 24.3, 20.9]
print(round(st.mean(temps), 3), st.median(temps), round(st.stdev(temps), 4), st.quantiles(temps, n=4))
print(st.mean([10**20, 1]), st.median([1, 3, 5, 7]), st.mode(["red", "blue", "red"]), st.multimode([]))
try:
    st.mean(["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    st.harmonic_mean([1, -1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
