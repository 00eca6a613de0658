package vn.dost.registry.reports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * Page 1 of a PDF as an image, drawn by poppler's {@code pdftoppm} when the machine has
 * it.
 */
final class Rasteriser {

	private Rasteriser() {
	}

	static boolean available() {
		try {
			Process probe = new ProcessBuilder("pdftoppm", "-v").redirectErrorStream(true).start();
			probe.getInputStream().readAllBytes();
			return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Writes the PDF and page 1 as PNG ({@code name.pdf}, {@code name.png}) into the
	 * folder; answers the image.
	 */
	static BufferedImage firstPage(byte[] pdf, Path folder, String name, int dpi) throws Exception {
		Files.createDirectories(folder);
		Path source = folder.resolve(name + ".pdf");
		Files.write(source, pdf);
		Process run = new ProcessBuilder("pdftoppm", "-png", "-r", String.valueOf(dpi), "-f", "1", "-l", "1",
				"-singlefile", source.toString(), folder.resolve(name).toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(run.getInputStream().readAllBytes());
		if (!run.waitFor(60, TimeUnit.SECONDS) || run.exitValue() != 0) {
			throw new IllegalStateException("pdftoppm failed: " + output);
		}
		return ImageIO.read(folder.resolve(name + ".png").toFile());
	}

}
