export interface Bar {
	key: string;
	label: string;
	value: number;
	/** shown after the value, e.g. `203/225` */
	note?: string;
	emphasis?: boolean;
}

export interface Series {
	name: string;
	/** what a chosen line stands for, when its name is not enough (a code) */
	key?: string;
	points: { x: number; y: number | null }[];
}

export interface Tile {
	code: string;
	name: string;
	value: number | null;
}

export interface StageMark {
	archive: string;
	stage: string;
	/** fractional year: 2020.875 for 2020-11; null when the source gives no date */
	at: number | null;
	label: string;
	color: string;
}
