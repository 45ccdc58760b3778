// The echarts parts the pusat's charts use, registered once: echarts/core with bars, grid, legend,
// tooltip and the canvas renderer, so the bundle carries nothing else of echarts.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerParts, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';

registerParts([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type BarOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;
export { init };
