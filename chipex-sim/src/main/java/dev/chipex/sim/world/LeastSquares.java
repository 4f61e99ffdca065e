package dev.chipex.sim.world;

/** Ordinary least squares through the normal equations, for the few coefficients of the country model. */
final class LeastSquares {
    private LeastSquares() {
    }

    /** The beta minimising |x·beta - y|²; x has a column per coefficient. */
    static double[] solve(double[][] x, double[] y) {
        int k = x[0].length;
        double[][] a = new double[k][k + 1];
        for (int i = 0; i < x.length; i++) {
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    a[r][c] += x[i][r] * x[i][c];
                }
                a[r][k] += x[i][r] * y[i];
            }
        }
        for (int p = 0; p < k; p++) {
            int pivot = p;
            for (int r = p + 1; r < k; r++) {
                if (Math.abs(a[r][p]) > Math.abs(a[pivot][p])) {
                    pivot = r;
                }
            }
            double[] swap = a[p];
            a[p] = a[pivot];
            a[pivot] = swap;
            if (Math.abs(a[p][p]) < 1e-12) {
                throw new IllegalStateException("the country model cannot be fitted: too few distinct countries");
            }
            for (int r = 0; r < k; r++) {
                if (r != p) {
                    double f = a[r][p] / a[p][p];
                    for (int c = p; c <= k; c++) {
                        a[r][c] -= f * a[p][c];
                    }
                }
            }
        }
        double[] beta = new double[k];
        for (int r = 0; r < k; r++) {
            beta[r] = a[r][k] / a[r][r];
        }
        return beta;
    }

    static double rSquared(double[][] x, double[] y, double[] beta) {
        double mean = java.util.Arrays.stream(y).average().orElse(0);
        double residual = 0;
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            double fitted = 0;
            for (int c = 0; c < beta.length; c++) {
                fitted += x[i][c] * beta[c];
            }
            residual += (y[i] - fitted) * (y[i] - fitted);
            total += (y[i] - mean) * (y[i] - mean);
        }
        return total == 0 ? 1 : 1 - residual / total;
    }
}
