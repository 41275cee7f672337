package se.vardflode.governance;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response.Status;

import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadBase.SizeLimitExceededException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.mapper.MultipartFormData;
import org.camunda.bpm.engine.rest.mapper.MultipartPayloadProvider;

/**
 * Camunda's reader of multipart requests ({@code /engine-rest/deployment/create}, binary variable uploads) with a
 * limit: it reads every part into memory, so without one a single request can fill the heap. A request that says it
 * is larger is refused before its body is read; one that does not say is refused as soon as it has been read past the
 * limit. The deployment guard refuses the same size whatever path a deployment takes.
 */
@Consumes(MediaType.MULTIPART_FORM_DATA)
class BoundedMultipartReader extends MultipartPayloadProvider {

	private final long maxBytes;

	BoundedMultipartReader(DeploymentSettings settings) {
		this.maxBytes = settings.maxSize().toBytes();
	}

	@Override
	public MultipartFormData readFrom(Class<MultipartFormData> type, Type genericType, Annotation[] annotations, MediaType mediaType,
			MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException, WebApplicationException {
		String contentLength = httpHeaders.getFirst("Content-Length");
		if (contentLength != null && contentLength.matches("\\d{1,18}") && Long.parseLong(contentLength) > maxBytes) {
			throw tooLarge();
		}
		try {
			return super.readFrom(type, genericType, annotations, mediaType, httpHeaders, entityStream);
		}
		catch (RestException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof SizeLimitExceededException) {
					throw tooLarge();
				}
			}
			throw ex;
		}
	}

	@Override
	protected FileUpload createFileUploadInstance() {
		FileUpload upload = super.createFileUploadInstance();
		upload.setSizeMax(maxBytes);
		return upload;
	}

	private RestException tooLarge() {
		return new RestException(Status.BAD_REQUEST, "Driftsättningen är för stor: högst " + maxBytes / 1024 + " kB tas emot.");
	}

}
