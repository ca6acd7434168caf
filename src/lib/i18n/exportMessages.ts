/** Strings of chart exports; merged into `messages.ts`. */
export const exportZh = {
	'export.menu': '导出',
	'export.menuLabel': '导出图{n}',
	'export.svg': 'SVG（可编辑矢量图）',
	'export.png.screen': 'PNG（屏幕尺寸）',
	'export.png.double': 'PNG（2倍清晰）',
	'export.png.print16': 'PNG（打印通栏 16 厘米，300 dpi）',
	'export.png.print8': 'PNG（打印半栏 8 厘米，300 dpi）',
	'export.dataCsv': '数据（CSV）',
	'export.dataXlsx': '数据（Excel）',
	'export.copyData': '复制数据',
	'export.copyText': '复制文字解读',
	'export.copied': '已复制',
	'export.saved': '已导出 {file}',
	'export.noImage': '切换回图表后可导出图片',
	'export.asOf': '统计截至{year}年12月31日',
	'export.copyNarrative': '复制'
} as const;

export const exportEn: Record<keyof typeof exportZh, string> = {
	'export.menu': 'Export',
	'export.menuLabel': 'Export figure {n}',
	'export.svg': 'SVG (editable vector)',
	'export.png.screen': 'PNG (screen size)',
	'export.png.double': 'PNG (2× sharp)',
	'export.png.print16': 'PNG (print, full width 16 cm, 300 dpi)',
	'export.png.print8': 'PNG (print, half width 8 cm, 300 dpi)',
	'export.dataCsv': 'Data (CSV)',
	'export.dataXlsx': 'Data (Excel)',
	'export.copyData': 'Copy data',
	'export.copyText': 'Copy the commentary',
	'export.copied': 'Copied',
	'export.saved': 'Exported {file}',
	'export.noImage': 'Switch back to the chart to export images',
	'export.asOf': 'Data as of 31 December {year}',
	'export.copyNarrative': 'Copy'
};
