package io.github.planesdk.contract;

import static io.github.planesdk.contract.DocsExamples.DOC_ID;
import static io.github.planesdk.contract.DocsExamples.DOC_TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.planesdk.model.Project;
import io.github.planesdk.model.ProjectFromTemplate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProjectTemplatesContractTest extends ContractTestBase {
  private static final UUID TEMPLATE_ID = UUID.fromString("7a2d3972-80a5-4ac5-8bb5-03026671826a");
  private static final UUID LEAD_ID = UUID.fromString("0d8d8869-3ed1-4fb4-b5c4-ff672888f5e2");

  @Test
  @Covers("createProjectFromTemplate")
  void createProjectFromTemplate() {
    // Prism checks the body, so `network` must go out as 2, not as the constant's name
    Project project =
        plane
            .projectTemplates()
            .createProjectFromTemplate(
                SLUG,
                new ProjectFromTemplate()
                    .templateId(TEMPLATE_ID)
                    .name("Mobile App Revamp")
                    .identifier("MAR")
                    .description("Project created from the Agile Project Setup template")
                    .network(ProjectFromTemplate.NetworkEnum.PUBLIC)
                    .projectLead(LEAD_ID))
            .execute();

    assertEquals(DOC_ID, project.getId());
    assertEquals("Mobile App Revamp", project.getName());
    assertEquals("MAR", project.getIdentifier());
    assertEquals(Project.NetworkEnum.PUBLIC, project.getNetwork());
    assertEquals(LEAD_ID, project.getProjectLead().id());
    assertFalse(project.getProjectLead().isExpanded());
    assertEquals(DOC_TIME, project.getUpdatedAt());
    assertNull(project.getWorkspace());
  }
}
