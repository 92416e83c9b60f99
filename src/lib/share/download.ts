import type { FileOut } from './teach';

/** Saves a file through a Blob URL: works offline and sends nothing anywhere. */
export function download(file: FileOut): void {
	const body = 'text' in file ? file.text : file.bytes;
	const url = URL.createObjectURL(new Blob([body], { type: file.type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
